"""CID 9532 No-Parameter Dosimetric Objective.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1242.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9532
NAME: Final[str] = "No-Parameter Dosimetric Objective"
KEYWORD: Final[str | None] = "NoParameterDosimetricObjective"
UID: Final[str | None] = "1.2.840.10008.6.1.1242"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MinimizeMeterset: Final[Code] = Code("DCM", "130018", "Minimize Meterset", (9532,))
"""Minimize Meterset (DCM 130018)."""

MEMBERS: Final[tuple[Code, ...]] = (MinimizeMeterset,)
"""The resolved membership: own members, then those of the included groups, in order."""
