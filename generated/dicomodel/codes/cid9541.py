"""CID 9541 Beam Limiting Device Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1288.
Includes CID 9540, CID 9545.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9541
NAME: _Final[str] = "Beam Limiting Device Type"
KEYWORD: _Final[str | None] = "BeamLimitingDeviceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1288"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190715"
INCLUDES: _Final[tuple[int, ...]] = (9540, 9545)
EXTERNAL_SCHEME: _Final[str | None] = None

JawPair: _Final[_Code] = _Code("DCM", "130330", "Jaw Pair", (9540,))
"""Jaw Pair (DCM 130330). Included from CID 9540."""

LeafPairs: _Final[_Code] = _Code("DCM", "130331", "Leaf Pairs", (9540,))
"""Leaf Pairs (DCM 130331). Included from CID 9540."""

VariableCircularCollimator: _Final[_Code] = _Code(
    "DCM", "130332", "Variable Circular Collimator", (9540,)
)
"""Variable Circular Collimator (DCM 130332). Included from CID 9540."""

SingleLeaves: _Final[_Code] = _Code("DCM", "130333", "Single Leaves", (9540,))
"""Single Leaves (DCM 130333). Included from CID 9540."""

ElectronFixedAperture: _Final[_Code] = _Code("DCM", "130343", "Electron Fixed Aperture", (9545,))
"""Electron Fixed Aperture (DCM 130343). Included from CID 9545."""

PhotonFixedAperture: _Final[_Code] = _Code("DCM", "130344", "Photon Fixed Aperture", (9545,))
"""Photon Fixed Aperture (DCM 130344). Included from CID 9545."""

IntraoperativeFixedAperture: _Final[_Code] = _Code(
    "DCM", "130345", "Intraoperative Fixed Aperture", (9545,)
)
"""Intraoperative Fixed Aperture (DCM 130345). Included from CID 9545."""

ShieldingBlock: _Final[_Code] = _Code("SCT", "228739009", "Shielding Block", (9517, 10066))
"""Shielding Block (SCT 228739009). Included from CID 9517."""

ApertureBlock: _Final[_Code] = _Code("DCM", "130123", "Aperture Block", (9517,))
"""Aperture Block (DCM 130123). Included from CID 9517."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    JawPair,
    LeafPairs,
    VariableCircularCollimator,
    SingleLeaves,
    ElectronFixedAperture,
    PhotonFixedAperture,
    IntraoperativeFixedAperture,
    ShieldingBlock,
    ApertureBlock,
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
