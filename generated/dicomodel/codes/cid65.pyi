"""CID 65 Imaging Agent Administration Premedication.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1255.
Includes CID 66.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Prednisone: _Final[_groups.Cid65Code]
Diphenhydramine: _Final[_groups.Cid65Code]
Methylprednisolone: _Final[_groups.Cid65Code]
MethylprednisoloneSodiumPhosphate: _Final[_groups.Cid65Code]
HydrocortisoneSodiumSuccinate: _Final[_groups.Cid65Code]
DexamethasoneSodiumSulfate: _Final[_groups.Cid65Code]
H1Antihistamine: _Final[_groups.Cid65Code]
Ephedrine: _Final[_groups.Cid65Code]
Papaverine: _Final[_groups.Cid65Code]
Propofol: _Final[_groups.Cid65Code]
Midazolam: _Final[_groups.Cid65Code]
Sufentanil: _Final[_groups.Cid65Code]
Remifentanil: _Final[_groups.Cid65Code]
Alfentanil: _Final[_groups.Cid65Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid65Code]]
