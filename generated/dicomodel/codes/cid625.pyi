"""CID 625 Injectable Anesthesia Agent for Small Animal Anesthesia.

Extensible, version 20160212, UID 1.2.840.10008.6.1.1090.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Alphachloralose: _Final[_groups.Cid625Code]
Alphadolone: _Final[_groups.Cid625Code]
Alphaxalone: _Final[_groups.Cid625Code]
Azaperone: _Final[_groups.Cid625Code]
Butabarbital: _Final[_groups.Cid625Code]
ChloralHydrate: _Final[_groups.Cid625Code]
Diazepam: _Final[_groups.Cid625Code]
Droperidol: _Final[_groups.Cid625Code]
Etomidate: _Final[_groups.Cid625Code]
Fluanisone: _Final[_groups.Cid625Code]
Ketamine: _Final[_groups.Cid625Code]
Methohexital: _Final[_groups.Cid625Code]
Metomidate: _Final[_groups.Cid625Code]
Midazolam: _Final[_groups.Cid625Code]
Pentobarbital: _Final[_groups.Cid625Code]
Propofol: _Final[_groups.Cid625Code]
Thiamylal: _Final[_groups.Cid625Code]
Thiopental: _Final[_groups.Cid625Code]
Tiletamine: _Final[_groups.Cid625Code]
Tribromoethanol: _Final[_groups.Cid625Code]
Urethane: _Final[_groups.Cid625Code]
Xylazine: _Final[_groups.Cid625Code]
Zolazepam: _Final[_groups.Cid625Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid625Code]]
