"""CID 4033 MR Proton Spectroscopy Metabolite.

Extensible, version 20160314, UID 1.2.840.10008.6.1.310.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NAcetylaspartate: _Final[_groups.Cid4033Code]
Citrate: _Final[_groups.Cid4033Code]
Choline: _Final[_groups.Cid4033Code]
Creatine: _Final[_groups.Cid4033Code]
CreatineAndCholine: _Final[_groups.Cid4033Code]
Lactate: _Final[_groups.Cid4033Code]
Lipid: _Final[_groups.Cid4033Code]
LipidAndLactate: _Final[_groups.Cid4033Code]
GlutamateAndGlutamine: _Final[_groups.Cid4033Code]
Glutamine: _Final[_groups.Cid4033Code]
Tuarine: _Final[_groups.Cid4033Code]
Inositol: _Final[_groups.Cid4033Code]
CholineCreatineRatio: _Final[_groups.Cid4033Code]
NAcetylaspartateCreatineRatio: _Final[_groups.Cid4033Code]
NAcetylaspartateCholineRatio: _Final[_groups.Cid4033Code]
CreatineCholineCitrateRatio: _Final[_groups.Cid4033Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4033Code]]
