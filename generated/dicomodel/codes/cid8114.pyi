"""CID 8114 Specimen Fixative.

Extensible, version 20190124, UID 1.2.840.10008.6.1.1052.

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
NeutralBufferedFormalin: _Final[_Code]
BouinFluid: _Final[_Code]
Formalin: _Final[_Code]
CarnoyFluid: _Final[_Code]
FormolSublimate: _Final[_Code]
HellyFluid: _Final[_Code]
MichelMedium: _Final[_Code]
ZenkerFluid: _Final[_Code]
Paraformaldehyde: _Final[_Code]
AceticAcid: _Final[_Code]
Chloroform: _Final[_Code]
ChromiumTrioxide: _Final[_Code]
Ethanol: _Final[_Code]
Formaldehyde: _Final[_Code]
MercuricChloride: _Final[_Code]
Methanol: _Final[_Code]
OsmiumTetroxide: _Final[_Code]
PicricAcid: _Final[_Code]
PotassiumDichromate: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
