"""CID 9545 Fixed Beam Limiting Device Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1292.
Includes CID 9517.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9545
NAME: _Final[str] = "Fixed Beam Limiting Device Type"
KEYWORD: _Final[str | None] = "FixedBeamLimitingDeviceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1292"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190715"
INCLUDES: _Final[tuple[int, ...]] = (9517,)
EXTERNAL_SCHEME: _Final[str | None] = None

ElectronFixedAperture: _Final[_Code] = _Code("DCM", "130343", "Electron Fixed Aperture", (9545,))
"""Electron Fixed Aperture (DCM 130343)."""

PhotonFixedAperture: _Final[_Code] = _Code("DCM", "130344", "Photon Fixed Aperture", (9545,))
"""Photon Fixed Aperture (DCM 130344)."""

IntraoperativeFixedAperture: _Final[_Code] = _Code(
    "DCM", "130345", "Intraoperative Fixed Aperture", (9545,)
)
"""Intraoperative Fixed Aperture (DCM 130345)."""

ShieldingBlock: _Final[_Code] = _Code("SCT", "228739009", "Shielding Block", (9517, 10066))
"""Shielding Block (SCT 228739009). Included from CID 9517."""

ApertureBlock: _Final[_Code] = _Code("DCM", "130123", "Aperture Block", (9517,))
"""Aperture Block (DCM 130123). Included from CID 9517."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
