"""CID 3033 EOG Lead.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1331.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid3033Code, ...]]
