"""CID 6065 Instrument Approach.

Extensible, version 20160314, UID 1.2.840.10008.6.1.394.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6065
NAME: _Final[str] = "Instrument Approach"
KEYWORD: _Final[str | None] = "InstrumentApproach"
UID: _Final[str | None] = "1.2.840.10008.6.1.394"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Medial: _Final[_Code] = _Code("SCT", "255561001", "Medial", (2, 5, 4005, 6065, 12117, 12281))
"""Medial (SCT 255561001)."""

Lateral: _Final[_Code] = _Code(
    "SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281)
)
"""Lateral (SCT 49370004)."""

Superior: _Final[_Code] = _Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000)."""

Inferior: _Final[_Code] = _Code(
    "SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281)
)
"""Inferior (SCT 261089000)."""

InferolateralToSuperomedial: _Final[_Code] = _Code(
    "DCM", "111432", "Inferolateral to superomedial", (6065,)
)
"""Inferolateral to superomedial (DCM 111432)."""

InferomedialToSuperolateral: _Final[_Code] = _Code(
    "DCM", "111433", "Inferomedial to superolateral", (6065,)
)
"""Inferomedial to superolateral (DCM 111433)."""

SuperolateralToInferomedial: _Final[_Code] = _Code(
    "DCM", "111434", "Superolateral to inferomedial", (6065,)
)
"""Superolateral to inferomedial (DCM 111434)."""

SuperomedialToInferolateral: _Final[_Code] = _Code(
    "DCM", "111435", "Superomedial to inferolateral", (6065,)
)
"""Superomedial to inferolateral (DCM 111435)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Medial,
    Lateral,
    Superior,
    Inferior,
    InferolateralToSuperomedial,
    InferomedialToSuperolateral,
    SuperolateralToInferomedial,
    SuperomedialToInferolateral,
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
