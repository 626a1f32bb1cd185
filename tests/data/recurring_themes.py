"""The seven workshop themes and the two kinds of note, shared by the labelled sets."""

from __future__ import annotations

U = "Unge og uddannelse"
B = "Beskæftigelse"
AE = "Ældre og sundhed"
M = "Medborgerskab: At være en del af fællesskabet"
BD = "Børn i dagtilbud og folkeskole"
F = "Fritidsliv og foreningsdeltagelse"
BY = "Byudvikling og tryghed"
C, S = "challenge", "solution"
