"""CID 4271 En Face Image Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1151.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RetinaDepthEncodedVasculatureFlow: _Final[_groups.Cid4271Code]
RetinaDepthEncodedStructuralReflectanceMap: _Final[_groups.Cid4271Code]
RetinaVasculatureFlow: _Final[_groups.Cid4271Code]
RetinaStructuralReflectanceMap: _Final[_groups.Cid4271Code]
VitreousVasculatureFlow: _Final[_groups.Cid4271Code]
VitreousStructuralReflectanceMap: _Final[_groups.Cid4271Code]
RadialPeripapillaryVasculatureFlow: _Final[_groups.Cid4271Code]
RadialPeripapillaryStructuralReflectanceMap: _Final[_groups.Cid4271Code]
SuperficialRetinaVasculatureFlow: _Final[_groups.Cid4271Code]
SuperficialRetinaStructuralReflectanceMap: _Final[_groups.Cid4271Code]
MiddleInnerRetinaVasculatureFlow: _Final[_groups.Cid4271Code]
MiddleInnerStructuralReflectanceMap: _Final[_groups.Cid4271Code]
DeepRetinaVasculatureFlow: _Final[_groups.Cid4271Code]
DeepRetinaStructuralReflectanceMap: _Final[_groups.Cid4271Code]
OuterRetinaVasculatureFlow: _Final[_groups.Cid4271Code]
OuterRetinaStructuralReflectanceMap: _Final[_groups.Cid4271Code]
ChoriocapillarisVasculatureFlow: _Final[_groups.Cid4271Code]
ChoriocapillarisStructuralReflectanceMap: _Final[_groups.Cid4271Code]
ChoroidVasculatureFlow: _Final[_groups.Cid4271Code]
ChoroidStructuralReflectanceMap: _Final[_groups.Cid4271Code]
WholeEyeVasculatureFlow: _Final[_groups.Cid4271Code]
WholeEyeStructuralReflectanceMap: _Final[_groups.Cid4271Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4271Code]]
