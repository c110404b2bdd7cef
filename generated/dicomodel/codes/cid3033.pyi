"""CID 3033 EOG Lead.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1331.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

E0: _Final[_groups.Cid3033Code]
El1: _Final[_groups.Cid3033Code]
El2: _Final[_groups.Cid3033Code]
El3: _Final[_groups.Cid3033Code]
El4: _Final[_groups.Cid3033Code]
El5: _Final[_groups.Cid3033Code]
El6: _Final[_groups.Cid3033Code]
El7: _Final[_groups.Cid3033Code]
Er1: _Final[_groups.Cid3033Code]
Er2: _Final[_groups.Cid3033Code]
Er3: _Final[_groups.Cid3033Code]
Er4: _Final[_groups.Cid3033Code]
Er5: _Final[_groups.Cid3033Code]
Er6: _Final[_groups.Cid3033Code]
Er7: _Final[_groups.Cid3033Code]
Ell: _Final[_groups.Cid3033Code]
Erl: _Final[_groups.Cid3033Code]
Ela: _Final[_groups.Cid3033Code]
Elb: _Final[_groups.Cid3033Code]
Era: _Final[_groups.Cid3033Code]
Erb: _Final[_groups.Cid3033Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3033Code]]
