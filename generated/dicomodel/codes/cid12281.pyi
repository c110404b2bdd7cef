"""CID 12281 Cardiac Ultrasound Target Site Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.861.

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
Lateral: _Final[_groups.Cid12281Code]
Medial: _Final[_groups.Cid12281Code]
Middle: _Final[_groups.Cid12281Code]
Anterior: _Final[_groups.Cid12281Code]
Posterior: _Final[_groups.Cid12281Code]
Inferior: _Final[_groups.Cid12281Code]
Distal: _Final[_groups.Cid12281Code]
Proximal: _Final[_groups.Cid12281Code]
MEMBERS: _Final[tuple[_groups.Cid12281Code, ...]]
