"""CID 10066 Attenuator Category.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1160.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10066
NAME: Final[str] = "Attenuator Category"
KEYWORD: Final[str | None] = "AttenuatorCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1160"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Table: Final[Code] = Code("DCM", "128459", "Table", (10066,))
"""Table (DCM 128459)."""

TableCore: Final[Code] = Code("DCM", "128460", "Table Core", (10066,))
"""Table Core (DCM 128460)."""

TableOuterLiner: Final[Code] = Code("DCM", "128461", "Table Outer Liner", (10066,))
"""Table Outer Liner (DCM 128461)."""

TablePad: Final[Code] = Code("DCM", "128462", "Table Pad", (10066,))
"""Table Pad (DCM 128462)."""

XRayShield: Final[Code] = Code("SCT", "65577000", "X-Ray shield", (10066,))
"""X-Ray shield (SCT 65577000)."""

BeamBlock: Final[Code] = Code("DCM", "128431", "Beam Block", (10066,))
"""Beam Block (DCM 128431)."""

ShieldingBlock: Final[Code] = Code("SCT", "228739009", "Shielding Block", (9517, 10066))
"""Shielding Block (SCT 228739009)."""

PatientSupport: Final[Code] = Code("DCM", "128492", "Patient Support", (10066,))
"""Patient Support (DCM 128492)."""

XRayFilters: Final[Code] = Code("DCM", "113771", "X-Ray Filters", (10066,))
"""X-Ray Filters (DCM 113771)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Table,
    TableCore,
    TableOuterLiner,
    TablePad,
    XRayShield,
    BeamBlock,
    ShieldingBlock,
    PatientSupport,
    XRayFilters,
)
"""The resolved membership: own members, then those of the included groups, in order."""
