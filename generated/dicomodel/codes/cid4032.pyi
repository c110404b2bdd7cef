"""CID 4032 MR Spectroscopy Metabolite.

Extensible, version 20040322, UID 1.2.840.10008.6.1.309.
Includes CID 4033.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NAcetylaspartate: _Final[_groups.Cid4032Code]
Citrate: _Final[_groups.Cid4032Code]
Choline: _Final[_groups.Cid4032Code]
Creatine: _Final[_groups.Cid4032Code]
CreatineAndCholine: _Final[_groups.Cid4032Code]
Lactate: _Final[_groups.Cid4032Code]
Lipid: _Final[_groups.Cid4032Code]
LipidAndLactate: _Final[_groups.Cid4032Code]
GlutamateAndGlutamine: _Final[_groups.Cid4032Code]
Glutamine: _Final[_groups.Cid4032Code]
Tuarine: _Final[_groups.Cid4032Code]
Inositol: _Final[_groups.Cid4032Code]
CholineCreatineRatio: _Final[_groups.Cid4032Code]
NAcetylaspartateCreatineRatio: _Final[_groups.Cid4032Code]
NAcetylaspartateCholineRatio: _Final[_groups.Cid4032Code]
CreatineCholineCitrateRatio: _Final[_groups.Cid4032Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4032Code]]
