"""CID 12030 Ultrasound Contrast/Bolus Agent.

Extensible, version 20160605, UID 1.2.840.10008.6.1.805.

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
Cardiosphere: _Final[_groups.Cid12030Code]
Definity: _Final[_groups.Cid12030Code]
Echovist: _Final[_groups.Cid12030Code]
Imagify: _Final[_groups.Cid12030Code]
Levovist: _Final[_groups.Cid12030Code]
Optison: _Final[_groups.Cid12030Code]
Sonazoid: _Final[_groups.Cid12030Code]
Sonovue: _Final[_groups.Cid12030Code]
TargestarB: _Final[_groups.Cid12030Code]
TargestarP: _Final[_groups.Cid12030Code]
MEMBERS: _Final[tuple[_groups.Cid12030Code, ...]]
