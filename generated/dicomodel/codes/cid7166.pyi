"""CID 7166 Common Tissue Segmentation Type.

Extensible, version 20240611, UID 1.2.840.10008.6.1.963.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Artery: _Final[_groups.Cid7166Code]
Blood: _Final[_groups.Cid7166Code]
BloodVessel: _Final[_groups.Cid7166Code]
Fat: _Final[_groups.Cid7166Code]
Bone: _Final[_groups.Cid7166Code]
Capillary: _Final[_groups.Cid7166Code]
Cartilage: _Final[_groups.Cid7166Code]
ConnectiveTissue: _Final[_groups.Cid7166Code]
Ligament: _Final[_groups.Cid7166Code]
LymphNode: _Final[_groups.Cid7166Code]
LymphaticSystem: _Final[_groups.Cid7166Code]
LymphaticVessel: _Final[_groups.Cid7166Code]
LymphoidTissue: _Final[_groups.Cid7166Code]
Meniscus: _Final[_groups.Cid7166Code]
Muscle: _Final[_groups.Cid7166Code]
Nerve: _Final[_groups.Cid7166Code]
Organ: _Final[_groups.Cid7166Code]
Skin: _Final[_groups.Cid7166Code]
SoftTissue: _Final[_groups.Cid7166Code]
SubcutaneousTissue: _Final[_groups.Cid7166Code]
Tendon: _Final[_groups.Cid7166Code]
Tissue: _Final[_groups.Cid7166Code]
Vein: _Final[_groups.Cid7166Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7166Code]]
