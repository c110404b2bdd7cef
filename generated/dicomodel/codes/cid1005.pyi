"""CID 1005 Anatomical Reference Basis - Abdomen/Pelvis.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1126.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Acetabulum: _Final[_groups.Cid1005Code]
AdrenalGland: _Final[_groups.Cid1005Code]
CommonIliacArteryBifurcation: _Final[_groups.Cid1005Code]
FemoralHead: _Final[_groups.Cid1005Code]
HipJoint: _Final[_groups.Cid1005Code]
IliacCrest: _Final[_groups.Cid1005Code]
Ischium: _Final[_groups.Cid1005Code]
Kidney: _Final[_groups.Cid1005Code]
LesserTrochanter: _Final[_groups.Cid1005Code]
Liver: _Final[_groups.Cid1005Code]
Pancreas: _Final[_groups.Cid1005Code]
Sacrum: _Final[_groups.Cid1005Code]
SymphysisPubis: _Final[_groups.Cid1005Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid1005Code]]
