"""CID 9528 Brachytherapy Isotope.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1238.

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
_137Cesium: _Final[_groups.Cid9528Code]
_131Cesium: _Final[_groups.Cid9528Code]
_192Iridium: _Final[_groups.Cid9528Code]
_125Iodine: _Final[_groups.Cid9528Code]
_103Palladium: _Final[_groups.Cid9528Code]
_252Californium: _Final[_groups.Cid9528Code]
_60Cobalt: _Final[_groups.Cid9528Code]
_226Radium: _Final[_groups.Cid9528Code]
_90Yttrium: _Final[_groups.Cid9528Code]
_198Gold: _Final[_groups.Cid9528Code]
_32Phosphorus: _Final[_groups.Cid9528Code]
_222Radon: _Final[_groups.Cid9528Code]
_90Strontium: _Final[_groups.Cid9528Code]
_106Ruthenium: _Final[_groups.Cid9528Code]
_169Ytterbium: _Final[_groups.Cid9528Code]
MEMBERS: _Final[tuple[_groups.Cid9528Code, ...]]
