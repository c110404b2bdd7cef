"""CID 7454 Animal Taxonomic Rank Value.

Extensible, version 20160211, UID 1.2.840.10008.6.1.518.

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
HomoSapiens: _Final[_Code]
Felis: _Final[_Code]
FelisCatus: _Final[_Code]
Equus: _Final[_Code]
EquusCaballus: _Final[_Code]
Ovis: _Final[_Code]
OvisAries: _Final[_Code]
Sus: _Final[_Code]
SusScrofa: _Final[_Code]
Capra: _Final[_Code]
CapraHircus: _Final[_Code]
Canis: _Final[_Code]
CanisLupus: _Final[_Code]
CanisLupusFamiliaris: _Final[_Code]
Bos: _Final[_Code]
Bovinae: _Final[_Code]
BosTaurus: _Final[_Code]
MusGenus: _Final[_Code]
MusMusculus: _Final[_Code]
PeromyscusLeucopus: _Final[_Code]
PeromyscusManiculatus: _Final[_Code]
Rattus: _Final[_Code]
RattusNorvegicus: _Final[_Code]
SigmodonGenus: _Final[_Code]
CaviaPorcellus: _Final[_Code]
MustelaPutoriusFuro: _Final[_Code]
OryctolagusCuniculus: _Final[_Code]
CallithrixJacchus: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
