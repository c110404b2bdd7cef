"""CID 7 Ultrasound Beam Path.

Extensible, version 20191108, UID 1.2.840.10008.6.1.5.

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
TransHepatic: _Final[_Code]
TransGastric: _Final[_Code]
TransPleural: _Final[_Code]
TransMural: _Final[_Code]
TransOrbital: _Final[_Code]
TransPancreatic: _Final[_Code]
TransRectal: _Final[_Code]
TransRenal: _Final[_Code]
TransTemporal: _Final[_Code]
TransThecal: _Final[_Code]
TransUrethral: _Final[_Code]
TransVesical: _Final[_Code]
TransSplenic: _Final[_Code]
TransEsophageal: _Final[_Code]
TransAbdominal: _Final[_Code]
TransVaginal: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
