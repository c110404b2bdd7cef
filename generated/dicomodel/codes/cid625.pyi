"""CID 625 Injectable Anesthesia Agent for Small Animal Anesthesia.

Extensible, version 20160212, UID 1.2.840.10008.6.1.1090.

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
Alphachloralose: _Final[_Code]
Alphadolone: _Final[_Code]
Alphaxalone: _Final[_Code]
Azaperone: _Final[_Code]
Butabarbital: _Final[_Code]
ChloralHydrate: _Final[_Code]
Diazepam: _Final[_Code]
Droperidol: _Final[_Code]
Etomidate: _Final[_Code]
Fluanisone: _Final[_Code]
Ketamine: _Final[_Code]
Methohexital: _Final[_Code]
Metomidate: _Final[_Code]
Midazolam: _Final[_Code]
Pentobarbital: _Final[_Code]
Propofol: _Final[_Code]
Thiamylal: _Final[_Code]
Thiopental: _Final[_Code]
Tiletamine: _Final[_Code]
Tribromoethanol: _Final[_Code]
Urethane: _Final[_Code]
Xylazine: _Final[_Code]
Zolazepam: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
