"""CID 7186 Abstract Multi-dimensional Image Model Qualitative Dimension Sample Semantic.

Extensible, version 20100825, UID 1.2.840.10008.6.1.923.
Includes CID 4033.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

VolumetricDiffusionDxxComponent: _Final[_groups.Cid7186Code]
VolumetricDiffusionDxyComponent: _Final[_groups.Cid7186Code]
VolumetricDiffusionDxzComponent: _Final[_groups.Cid7186Code]
VolumetricDiffusionDyyComponent: _Final[_groups.Cid7186Code]
VolumetricDiffusionDyzComponent: _Final[_groups.Cid7186Code]
VolumetricDiffusionDzzComponent: _Final[_groups.Cid7186Code]
RGBRComponent: _Final[_groups.Cid7186Code]
RGBGComponent: _Final[_groups.Cid7186Code]
RGBBComponent: _Final[_groups.Cid7186Code]
YBRFULLYComponent: _Final[_groups.Cid7186Code]
YBRFULLCBComponent: _Final[_groups.Cid7186Code]
YBRFULLCRComponent: _Final[_groups.Cid7186Code]
YBRPARTIALYComponent: _Final[_groups.Cid7186Code]
YBRPARTIALCBComponent: _Final[_groups.Cid7186Code]
YBRPARTIALCRComponent: _Final[_groups.Cid7186Code]
YBRICTYComponent: _Final[_groups.Cid7186Code]
YBRICTCBComponent: _Final[_groups.Cid7186Code]
YBRICTCRComponent: _Final[_groups.Cid7186Code]
YBRRCTYComponent: _Final[_groups.Cid7186Code]
YBRRCTCBComponent: _Final[_groups.Cid7186Code]
YBRRCTCRComponent: _Final[_groups.Cid7186Code]
NAcetylaspartate: _Final[_groups.Cid7186Code]
Citrate: _Final[_groups.Cid7186Code]
Choline: _Final[_groups.Cid7186Code]
Creatine: _Final[_groups.Cid7186Code]
CreatineAndCholine: _Final[_groups.Cid7186Code]
Lactate: _Final[_groups.Cid7186Code]
Lipid: _Final[_groups.Cid7186Code]
LipidAndLactate: _Final[_groups.Cid7186Code]
GlutamateAndGlutamine: _Final[_groups.Cid7186Code]
Glutamine: _Final[_groups.Cid7186Code]
Tuarine: _Final[_groups.Cid7186Code]
Inositol: _Final[_groups.Cid7186Code]
CholineCreatineRatio: _Final[_groups.Cid7186Code]
NAcetylaspartateCreatineRatio: _Final[_groups.Cid7186Code]
NAcetylaspartateCholineRatio: _Final[_groups.Cid7186Code]
CreatineCholineCitrateRatio: _Final[_groups.Cid7186Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7186Code]]
