"""CID 7063 Model Scale Unit.

Non-extensible, version 20180403, UID 1.2.840.10008.6.1.1204.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7063
NAME: Final[str] = "Model Scale Unit"
KEYWORD: Final[str | None] = "ModelScaleUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1204"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20180403"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

M: Final[Code] = Code("UCUM", "m", "m", (7063,))
"""m (UCUM m)."""

cm: Final[Code] = Code("UCUM", "cm", "cm", (7063, 7460))
"""cm (UCUM cm)."""

mm: Final[Code] = Code("UCUM", "mm", "mm", (3510, 4267, 7063, 7460))
"""mm (UCUM mm)."""

um: Final[Code] = Code("UCUM", "um", "um", (4260, 4267, 7063, 7460))
"""um (UCUM um)."""

MEMBERS: Final[tuple[Code, ...]] = (M, cm, mm, um)
"""The resolved membership: own members, then those of the included groups, in order."""
