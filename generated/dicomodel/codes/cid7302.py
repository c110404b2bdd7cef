"""CID 7302 Implant Template View Orientation.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1033.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7302
NAME: Final[str] = "Implant Template View Orientation"
KEYWORD: Final[str | None] = "ImplantTemplateViewOrientation"
UID: Final[str | None] = "1.2.840.10008.6.1.1033"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20101102"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnteroPosterior: Final[Code] = Code("SCT", "399348003", "Antero-Posterior", (3466, 4010, 7302))
"""Antero-Posterior (SCT 399348003)."""

MedioLateral: Final[Code] = Code("SCT", "399368009", "Medio-Lateral", (4010, 4014, 7302))
"""Medio-Lateral (SCT 399368009)."""

LateralMedial: Final[Code] = Code("SCT", "399352003", "Lateral-Medial", (4010, 4014, 7302, 7484))
"""Lateral-Medial (SCT 399352003)."""

MEMBERS: Final[tuple[Code, ...]] = (AnteroPosterior, MedioLateral, LateralMedial)
"""The resolved membership: own members, then those of the included groups, in order."""
