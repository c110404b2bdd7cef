"""CID 7191 Tissue Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1190.
Includes CID 6403, CID 6405, CID 7166.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ScarTissue: _Final[_groups.Cid7191Code]
Artery: _Final[_groups.Cid7191Code]
Blood: _Final[_groups.Cid7191Code]
BloodVessel: _Final[_groups.Cid7191Code]
Fat: _Final[_groups.Cid7191Code]
Bone: _Final[_groups.Cid7191Code]
Capillary: _Final[_groups.Cid7191Code]
Cartilage: _Final[_groups.Cid7191Code]
ConnectiveTissue: _Final[_groups.Cid7191Code]
Ligament: _Final[_groups.Cid7191Code]
LymphNode: _Final[_groups.Cid7191Code]
LymphaticSystem: _Final[_groups.Cid7191Code]
LymphaticVessel: _Final[_groups.Cid7191Code]
LymphoidTissue: _Final[_groups.Cid7191Code]
Meniscus: _Final[_groups.Cid7191Code]
Muscle: _Final[_groups.Cid7191Code]
Nerve: _Final[_groups.Cid7191Code]
Organ: _Final[_groups.Cid7191Code]
Skin: _Final[_groups.Cid7191Code]
SoftTissue: _Final[_groups.Cid7191Code]
SubcutaneousTissue: _Final[_groups.Cid7191Code]
Tendon: _Final[_groups.Cid7191Code]
Tissue: _Final[_groups.Cid7191Code]
Vein: _Final[_groups.Cid7191Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7191Code]]
