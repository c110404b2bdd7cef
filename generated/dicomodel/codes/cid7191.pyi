"""CID 7191 Tissue Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1190.
Includes CID 6403, CID 6405, CID 7166.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
ScarTissue: _Final[_Code]
Artery: _Final[_Code]
Blood: _Final[_Code]
BloodVessel: _Final[_Code]
Fat: _Final[_Code]
Bone: _Final[_Code]
Capillary: _Final[_Code]
Cartilage: _Final[_Code]
ConnectiveTissue: _Final[_Code]
Ligament: _Final[_Code]
LymphNode: _Final[_Code]
LymphaticSystem: _Final[_Code]
LymphaticVessel: _Final[_Code]
LymphoidTissue: _Final[_Code]
Meniscus: _Final[_Code]
Muscle: _Final[_Code]
Nerve: _Final[_Code]
Organ: _Final[_Code]
Skin: _Final[_Code]
SoftTissue: _Final[_Code]
SubcutaneousTissue: _Final[_Code]
Tendon: _Final[_Code]
Tissue: _Final[_Code]
Vein: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
