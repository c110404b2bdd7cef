"""CID 6105 Abnormal Lucency Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.425.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6105
NAME: _Final[str] = "Abnormal Lucency Finding or Feature"
KEYWORD: _Final[str | None] = "AbnormalLucencyFindingOrFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.425"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AirBronchiologram: _Final[_Code] = _Code("DCM", "112070", "Air bronchiologram", (6105,))
"""Air bronchiologram (DCM 112070)."""

AirBronchogram: _Final[_Code] = _Code("DCM", "112071", "Air bronchogram", (6105,))
"""Air bronchogram (DCM 112071)."""

AirCrescent: _Final[_Code] = _Code("DCM", "112072", "Air crescent", (6105,))
"""Air crescent (DCM 112072)."""

AirTrapping: _Final[_Code] = _Code("SCT", "76171001", "Air-trapping", (6105, 6108))
"""Air-trapping (SCT 76171001)."""

HaloSign: _Final[_Code] = _Code("DCM", "112073", "Halo sign", (6105,))
"""Halo sign (DCM 112073)."""

Pneumomediastinum: _Final[_Code] = _Code("SCT", "16838000", "Pneumomediastinum", (6105,))
"""Pneumomediastinum (SCT 16838000)."""

Pneumothorax: _Final[_Code] = _Code("SCT", "36118008", "Pneumothorax", (6062, 6105))
"""Pneumothorax (SCT 36118008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AirBronchiologram,
    AirBronchogram,
    AirCrescent,
    AirTrapping,
    HaloSign,
    Pneumomediastinum,
    Pneumothorax,
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
