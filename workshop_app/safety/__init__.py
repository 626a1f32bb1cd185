"""Keeping citizens' words safe: automatic backups and recovery, and the personal-data guard.

Pure Python, no Qt: the window and the command line call the same functions.
"""
