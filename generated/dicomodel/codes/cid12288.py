"""CID 12288 Cardiac Ultrasound Outflow Tract Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.868.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12288
NAME: Final[str] = "Cardiac Ultrasound Outflow Tract Finding Site"
KEYWORD: Final[str | None] = "CardiacUltrasoundOutflowTractFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.868"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricle: Final[Code] = Code(
    "SCT",
    "87878005",
    "Left Ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left Ventricle (SCT 87878005)."""

RightVentricle: Final[Code] = Code(
    "SCT", "53085002", "Right Ventricle", (3010, 3011, 3462, 3463, 3609, 7152, 12287, 12288, 12305)
)
"""Right Ventricle (SCT 53085002)."""

RastelliInterventricularTunnel: Final[Code] = Code(
    "SCT", "443260009", "Rastelli Interventricular Tunnel", (12288,)
)
"""Rastelli Interventricular Tunnel (SCT 443260009)."""

RightVentricleToPulmonaryArteryConduitAnastomosis: Final[Code] = Code(
    "SCT", "443328003", "Right Ventricle to Pulmonary Artery Conduit Anastomosis", (12288,)
)
"""Right Ventricle to Pulmonary Artery Conduit Anastomosis (SCT 443328003)."""

LeftVentricleToPulmonaryArteryConduitAnastomosis: Final[Code] = Code(
    "SCT", "443696003", "Left Ventricle to Pulmonary Artery Conduit Anastomosis", (12288,)
)
"""Left Ventricle to Pulmonary Artery Conduit Anastomosis (SCT 443696003)."""

AorticValve: Final[Code] = Code(
    "SCT", "34202007", "Aortic Valve", (3610, 3701, 12288, 12289, 12305)
)
"""Aortic Valve (SCT 34202007)."""

PulmonicValve: Final[Code] = Code(
    "SCT", "39057004", "Pulmonic Valve", (3610, 3701, 6149, 12288, 12289, 12305)
)
"""Pulmonic Valve (SCT 39057004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricle,
    RightVentricle,
    RastelliInterventricularTunnel,
    RightVentricleToPulmonaryArteryConduitAnastomosis,
    LeftVentricleToPulmonaryArteryConduitAnastomosis,
    AorticValve,
    PulmonicValve,
)
"""The resolved membership: own members, then those of the included groups, in order."""
