"""CID 9545 Fixed Beam Limiting Device Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1292.
Includes CID 9517.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9545
NAME: Final[str] = "Fixed Beam Limiting Device Type"
KEYWORD: Final[str | None] = "FixedBeamLimitingDeviceType"
UID: Final[str | None] = "1.2.840.10008.6.1.1292"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = (9517,)
EXTERNAL_SCHEME: Final[str | None] = None

ElectronFixedAperture: Final[Code] = Code("DCM", "130343", "Electron Fixed Aperture", (9545,))
"""Electron Fixed Aperture (DCM 130343)."""

PhotonFixedAperture: Final[Code] = Code("DCM", "130344", "Photon Fixed Aperture", (9545,))
"""Photon Fixed Aperture (DCM 130344)."""

IntraoperativeFixedAperture: Final[Code] = Code(
    "DCM", "130345", "Intraoperative Fixed Aperture", (9545,)
)
"""Intraoperative Fixed Aperture (DCM 130345)."""

ShieldingBlock: Final[Code] = Code("SCT", "228739009", "Shielding Block", (9517, 10066))
"""Shielding Block (SCT 228739009). Included from CID 9517."""

ApertureBlock: Final[Code] = Code("DCM", "130123", "Aperture Block", (9517,))
"""Aperture Block (DCM 130123). Included from CID 9517."""

MEMBERS: Final[tuple[Code, ...]] = (
    ElectronFixedAperture,
    PhotonFixedAperture,
    IntraoperativeFixedAperture,
    ShieldingBlock,
    ApertureBlock,
)
"""The resolved membership: own members, then those of the included groups, in order."""
