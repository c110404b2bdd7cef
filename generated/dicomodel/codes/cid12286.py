"""CID 12286 Cardiac Ultrasound Interventricular Septum Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.866.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12286
NAME: Final[str] = "Cardiac Ultrasound Interventricular Septum Finding Site"
KEYWORD: Final[str | None] = "CardiacUltrasoundInterventricularSeptumFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.866"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

InterventricularSeptum: Final[Code] = Code(
    "SCT", "589001", "Interventricular Septum", (6116, 12286, 12305)
)
"""Interventricular Septum (SCT 589001)."""

VentricularSeptalDefect: Final[Code] = Code(
    "SCT", "30288003", "Ventricular Septal Defect", (3610, 3700, 3728, 12244, 12248, 12286)
)
"""Ventricular Septal Defect (SCT 30288003)."""

BulboventricularForamen: Final[Code] = Code(
    "SCT", "443329006", "Bulboventricular Foramen", (12286,)
)
"""Bulboventricular Foramen (SCT 443329006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    InterventricularSeptum,
    VentricularSeptalDefect,
    BulboventricularForamen,
)
"""The resolved membership: own members, then those of the included groups, in order."""
