"""CID 12109 Lower Extremity Artery.

Extensible, version 20180605, UID 1.2.840.10008.6.1.576.

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
CommonIliacArtery: _Final[_Code]
CommonIliacArteryBifurcation: _Final[_Code]
AnteriorTibialArtery: _Final[_Code]
CommonFemoralArtery: _Final[_Code]
DorsalisPedisArtery: _Final[_Code]
ExternalIliacArtery: _Final[_Code]
InternalIliacArtery: _Final[_Code]
PeronealArtery: _Final[_Code]
PlantarArterialArch: _Final[_Code]
PoplitealArtery: _Final[_Code]
PosteriorTibialArtery: _Final[_Code]
ProfundaFemorisArtery: _Final[_Code]
SuperficialFemoralArtery: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
