"""CID 3033 EOG Lead.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1331.

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
E0: _Final[_Code]
El1: _Final[_Code]
El2: _Final[_Code]
El3: _Final[_Code]
El4: _Final[_Code]
El5: _Final[_Code]
El6: _Final[_Code]
El7: _Final[_Code]
Er1: _Final[_Code]
Er2: _Final[_Code]
Er3: _Final[_Code]
Er4: _Final[_Code]
Er5: _Final[_Code]
Er6: _Final[_Code]
Er7: _Final[_Code]
Ell: _Final[_Code]
Erl: _Final[_Code]
Ela: _Final[_Code]
Elb: _Final[_Code]
Era: _Final[_Code]
Erb: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
