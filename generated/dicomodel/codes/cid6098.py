"""CID 6098 Clinical Course of Disease.

Extensible, version 20190125, UID 1.2.840.10008.6.1.1277.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6098
NAME: Final[str] = "Clinical Course of Disease"
KEYWORD: Final[str | None] = "ClinicalCourseOfDisease"
UID: Final[str | None] = "1.2.840.10008.6.1.1277"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190125"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NoEvidenceOfDisease: Final[Code] = Code("NCIt", "C40413", "No Evidence of Disease", (6098,))
"""No Evidence of Disease (NCIt C40413)."""

RecurrentDisease: Final[Code] = Code("NCIt", "C38155", "Recurrent Disease", (6098,))
"""Recurrent Disease (NCIt C38155)."""

MEMBERS: Final[tuple[Code, ...]] = (NoEvidenceOfDisease, RecurrentDisease)
"""The resolved membership: own members, then those of the included groups, in order."""
