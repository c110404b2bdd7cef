"""CID 7160 Pelvic Organ Segmentation Type.

Extensible, version 20230630, UID 1.2.840.10008.6.1.506.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Bladder: _Final[_groups.Cid7160Code]
Cervix: _Final[_groups.Cid7160Code]
FallopianTube: _Final[_groups.Cid7160Code]
Vulva: _Final[_groups.Cid7160Code]
FemaleInternalGenitalia: _Final[_groups.Cid7160Code]
MaleExternalGenitalia: _Final[_groups.Cid7160Code]
MaleInternalGenitalia: _Final[_groups.Cid7160Code]
Ovary: _Final[_groups.Cid7160Code]
Pelvis: _Final[_groups.Cid7160Code]
PelvicCavityFalseAndOrTrue: _Final[_groups.Cid7160Code]
PelvicCavityFalse: _Final[_groups.Cid7160Code]
PelvicCavityTrue: _Final[_groups.Cid7160Code]
Prostate: _Final[_groups.Cid7160Code]
Rectum: _Final[_groups.Cid7160Code]
SeminalVesicle: _Final[_groups.Cid7160Code]
Testis: _Final[_groups.Cid7160Code]
Uterus: _Final[_groups.Cid7160Code]
Vagina: _Final[_groups.Cid7160Code]
VasDeferens: _Final[_groups.Cid7160Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7160Code]]
