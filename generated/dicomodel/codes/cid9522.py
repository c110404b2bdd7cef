"""CID 9522 Multi-source Radiotherapy Procedure Technique.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1232.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9522
NAME: Final[str] = "Multi-source Radiotherapy Procedure Technique"
KEYWORD: Final[str | None] = "MultisourceRadiotherapyProcedureTechnique"
UID: Final[str | None] = "1.2.840.10008.6.1.1232"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MultipleFixedSources: Final[Code] = Code("DCM", "130138", "Multiple Fixed Sources", (9522,))
"""Multiple Fixed Sources (DCM 130138)."""

MEMBERS: Final[tuple[Code, ...]] = (MultipleFixedSources,)
"""The resolved membership: own members, then those of the included groups, in order."""
