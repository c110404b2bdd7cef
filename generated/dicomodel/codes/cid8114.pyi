"""CID 8114 Specimen Fixative.

Extensible, version 20190124, UID 1.2.840.10008.6.1.1052.

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
NeutralBufferedFormalin: _Final[_groups.Cid8114Code]
BouinFluid: _Final[_groups.Cid8114Code]
Formalin: _Final[_groups.Cid8114Code]
CarnoyFluid: _Final[_groups.Cid8114Code]
FormolSublimate: _Final[_groups.Cid8114Code]
HellyFluid: _Final[_groups.Cid8114Code]
MichelMedium: _Final[_groups.Cid8114Code]
ZenkerFluid: _Final[_groups.Cid8114Code]
Paraformaldehyde: _Final[_groups.Cid8114Code]
AceticAcid: _Final[_groups.Cid8114Code]
Chloroform: _Final[_groups.Cid8114Code]
ChromiumTrioxide: _Final[_groups.Cid8114Code]
Ethanol: _Final[_groups.Cid8114Code]
Formaldehyde: _Final[_groups.Cid8114Code]
MercuricChloride: _Final[_groups.Cid8114Code]
Methanol: _Final[_groups.Cid8114Code]
OsmiumTetroxide: _Final[_groups.Cid8114Code]
PicricAcid: _Final[_groups.Cid8114Code]
PotassiumDichromate: _Final[_groups.Cid8114Code]
MEMBERS: _Final[tuple[_groups.Cid8114Code, ...]]
