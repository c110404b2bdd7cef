"""CID 4271 En Face Image Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1151.

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
RetinaDepthEncodedVasculatureFlow: _Final[_Code]
RetinaDepthEncodedStructuralReflectanceMap: _Final[_Code]
RetinaVasculatureFlow: _Final[_Code]
RetinaStructuralReflectanceMap: _Final[_Code]
VitreousVasculatureFlow: _Final[_Code]
VitreousStructuralReflectanceMap: _Final[_Code]
RadialPeripapillaryVasculatureFlow: _Final[_Code]
RadialPeripapillaryStructuralReflectanceMap: _Final[_Code]
SuperficialRetinaVasculatureFlow: _Final[_Code]
SuperficialRetinaStructuralReflectanceMap: _Final[_Code]
MiddleInnerRetinaVasculatureFlow: _Final[_Code]
MiddleInnerStructuralReflectanceMap: _Final[_Code]
DeepRetinaVasculatureFlow: _Final[_Code]
DeepRetinaStructuralReflectanceMap: _Final[_Code]
OuterRetinaVasculatureFlow: _Final[_Code]
OuterRetinaStructuralReflectanceMap: _Final[_Code]
ChoriocapillarisVasculatureFlow: _Final[_Code]
ChoriocapillarisStructuralReflectanceMap: _Final[_Code]
ChoroidVasculatureFlow: _Final[_Code]
ChoroidStructuralReflectanceMap: _Final[_Code]
WholeEyeVasculatureFlow: _Final[_Code]
WholeEyeStructuralReflectanceMap: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
