"""CID 12030 Ultrasound Contrast/Bolus Agent.

Extensible, version 20160605, UID 1.2.840.10008.6.1.805.

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
Cardiosphere: _Final[_Code]
Definity: _Final[_Code]
Echovist: _Final[_Code]
Imagify: _Final[_Code]
Levovist: _Final[_Code]
Optison: _Final[_Code]
Sonazoid: _Final[_Code]
Sonovue: _Final[_Code]
TargestarB: _Final[_Code]
TargestarP: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
