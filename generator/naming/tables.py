"""Python names for the tables of PS3.3: classes, module files, enum members."""

from __future__ import annotations

import keyword
import re

from generator.naming.identifiers import iod_class_name

_WORDS = re.compile(r"[A-Za-z0-9]+")
_NOT_IDENTIFIER = re.compile(r"\W+")


def pascal(text: str) -> str:
    """A class name from a published name: the IOD class rule of ``generator.naming``
    (``"Patient's Name"`` -> ``PatientsName``, ``"3D Spatial Coordinates"`` ->
    ``ThreeDSpatialCoordinates``)."""
    return iod_class_name(text.replace("'", ""))


def snake(text: str) -> str:
    """A module file name from a published name: ``"X-Ray 3D Angiographic Image"`` ->
    ``x_ray_3d_angiographic_image``; a leading digit gets ``m_``, a keyword a ``_``."""
    name = "_".join(word.lower() for word in _WORDS.findall(text.replace("'", "")))
    if not name or name[0].isdigit():
        name = f"m_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def label_suffix(label: str) -> str:
    """A table label as a name suffix: ``"C.7-1"`` -> ``"C7_1"``."""
    return _NOT_IDENTIFIER.sub("_", label.replace(".", "")).strip("_")


def enum_member(value: str) -> str:
    """An enum member name for a DICOM value: ``"FOR PRESENTATION"`` -> ``FOR_PRESENTATION``.

    Characters that cannot stand in an identifier become ``_``; a leading digit
    gets a ``V`` (value) prefix, ``"2D"`` -> ``V2D`` (not ``_2D``: checkers take a
    leading underscore for a protected name); a Python keyword gets a trailing ``_``;
    an empty result is ``EMPTY``.
    """
    name = _NOT_IDENTIFIER.sub("_", value.strip()).strip("_")
    if not name:
        return "EMPTY"
    if name[0].isdigit():
        name = f"V{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def shorten(text: str, limit: int) -> str:
    """The first sentences of ``text`` that fit ``limit`` characters (cut with ``...``)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    stop = cut.rfind(". ")
    return cut[: stop + 1] if stop > limit // 2 else cut.rstrip() + "..."


def camel_snake(name: str) -> str:
    """``ReferencedSOPSequenceItem`` -> ``referenced_sop_sequence_item``."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    text = _NOT_IDENTIFIER.sub("_", text).strip("_").lower()
    if not text or text[0].isdigit():
        text = f"m_{text}"
    return f"{text}_" if keyword.iskeyword(text) else text
