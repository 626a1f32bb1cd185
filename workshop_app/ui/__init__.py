"""The Qt layer: the facilitator's window. The only package that imports PySide6."""
