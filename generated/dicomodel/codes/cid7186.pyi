"""CID 7186 Abstract Multi-dimensional Image Model Qualitative Dimension Sample Semantic.

Extensible, version 20100825, UID 1.2.840.10008.6.1.923.
Includes CID 4033.

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
VolumetricDiffusionDxxComponent: _Final[_Code]
VolumetricDiffusionDxyComponent: _Final[_Code]
VolumetricDiffusionDxzComponent: _Final[_Code]
VolumetricDiffusionDyyComponent: _Final[_Code]
VolumetricDiffusionDyzComponent: _Final[_Code]
VolumetricDiffusionDzzComponent: _Final[_Code]
RGBRComponent: _Final[_Code]
RGBGComponent: _Final[_Code]
RGBBComponent: _Final[_Code]
YBRFULLYComponent: _Final[_Code]
YBRFULLCBComponent: _Final[_Code]
YBRFULLCRComponent: _Final[_Code]
YBRPARTIALYComponent: _Final[_Code]
YBRPARTIALCBComponent: _Final[_Code]
YBRPARTIALCRComponent: _Final[_Code]
YBRICTYComponent: _Final[_Code]
YBRICTCBComponent: _Final[_Code]
YBRICTCRComponent: _Final[_Code]
YBRRCTYComponent: _Final[_Code]
YBRRCTCBComponent: _Final[_Code]
YBRRCTCRComponent: _Final[_Code]
NAcetylaspartate: _Final[_Code]
Citrate: _Final[_Code]
Choline: _Final[_Code]
Creatine: _Final[_Code]
CreatineAndCholine: _Final[_Code]
Lactate: _Final[_Code]
Lipid: _Final[_Code]
LipidAndLactate: _Final[_Code]
GlutamateAndGlutamine: _Final[_Code]
Glutamine: _Final[_Code]
Tuarine: _Final[_Code]
Inositol: _Final[_Code]
CholineCreatineRatio: _Final[_Code]
NAcetylaspartateCreatineRatio: _Final[_Code]
NAcetylaspartateCholineRatio: _Final[_Code]
CreatineCholineCitrateRatio: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
