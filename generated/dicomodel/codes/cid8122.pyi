"""CID 8122 Microscopy Illuminator and Sensor Color.

Extensible, version 20100824, UID 1.2.840.10008.6.1.899.

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
FullSpectrum: _Final[_groups.Cid8122Code]
Infrared: _Final[_groups.Cid8122Code]
Red: _Final[_groups.Cid8122Code]
Green: _Final[_groups.Cid8122Code]
Blue: _Final[_groups.Cid8122Code]
Ultraviolet: _Final[_groups.Cid8122Code]
MEMBERS: _Final[tuple[_groups.Cid8122Code, ...]]
