"""CID 10066 Attenuator Category.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1160.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10066
NAME: _Final[str] = "Attenuator Category"
KEYWORD: _Final[str | None] = "AttenuatorCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1160"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Table: _Final[_Code] = _Code("DCM", "128459", "Table", (10066,))
"""Table (DCM 128459)."""

TableCore: _Final[_Code] = _Code("DCM", "128460", "Table Core", (10066,))
"""Table Core (DCM 128460)."""

TableOuterLiner: _Final[_Code] = _Code("DCM", "128461", "Table Outer Liner", (10066,))
"""Table Outer Liner (DCM 128461)."""

TablePad: _Final[_Code] = _Code("DCM", "128462", "Table Pad", (10066,))
"""Table Pad (DCM 128462)."""

XRayShield: _Final[_Code] = _Code("SCT", "65577000", "X-Ray shield", (10066,))
"""X-Ray shield (SCT 65577000)."""

BeamBlock: _Final[_Code] = _Code("DCM", "128431", "Beam Block", (10066,))
"""Beam Block (DCM 128431)."""

ShieldingBlock: _Final[_Code] = _Code("SCT", "228739009", "Shielding Block", (9517, 10066))
"""Shielding Block (SCT 228739009)."""

PatientSupport: _Final[_Code] = _Code("DCM", "128492", "Patient Support", (10066,))
"""Patient Support (DCM 128492)."""

XRayFilters: _Final[_Code] = _Code("DCM", "113771", "X-Ray Filters", (10066,))
"""X-Ray Filters (DCM 113771)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
