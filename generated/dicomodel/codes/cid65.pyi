"""CID 65 Imaging Agent Administration Premedication.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1255.
Includes CID 66.

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
Prednisone: _Final[_Code]
Diphenhydramine: _Final[_Code]
Methylprednisolone: _Final[_Code]
MethylprednisoloneSodiumPhosphate: _Final[_Code]
HydrocortisoneSodiumSuccinate: _Final[_Code]
DexamethasoneSodiumSulfate: _Final[_Code]
H1Antihistamine: _Final[_Code]
Ephedrine: _Final[_Code]
Papaverine: _Final[_Code]
Propofol: _Final[_Code]
Midazolam: _Final[_Code]
Sufentanil: _Final[_Code]
Remifentanil: _Final[_Code]
Alfentanil: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
