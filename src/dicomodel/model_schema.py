"""The core schema of a generated model, built from its fields directly (issue 16).

pydantic builds a model's schema field by field through its general machinery
(the metadata of every ``Annotated``, a union schema for every ``X | None``),
about 0.15 ms a field: 50 ms for the 354 fields of a CT Image. A generated
field has one of a few shapes (a VR alias, a :class:`~dicomodel.lazy.Lazy`
reference, an item class, a ``list`` of them, a union with ``None``), whose
schemas are known: this module builds the same schema pydantic builds, from the
per-VR and per-reference schemas, each built once and shared by every field
that uses it (nothing changes a schema once built: pydantic's final pass only
inlines definition references, and these schemas hold none).

A class with anything else (a field validator or serializer, an alias, a
``Field()`` with a description, an annotation of another shape, a class built
already, an older pydantic without the internals read here) gets ``None`` here
and pydantic's schema; ``tests/runtime/test_model_schema.py`` checks that both
give the same schema for real generated classes.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Annotated, Any, cast

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema, PydanticUndefined, core_schema

from dicomodel.lazy import Lazy
from dicomodel.vr import _Once  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from pydantic.fields import FieldInfo

    from dicomodel.model import DicomModel

__all__ = ["model_schema"]

_UNIONS = (typing.Union, types.UnionType)
_NONE_TYPE = type(None)
# FieldInfo attributes that change a field's schema or its JSON schema: any set, and
# pydantic builds the class (pydantic.fields.FieldInfo, _generate_schema._common_field_schema).
_PLAIN_FIELD = (
    "alias", "validation_alias", "serialization_alias", "exclude", "exclude_if", "frozen",
    "discriminator", "default_factory", "validate_default", "title", "description",
    "examples", "deprecated", "json_schema_extra",
)  # fmt: skip
_plain_field_values = attrgetter(*_PLAIN_FIELD)
_NONE = (None,) * len(_PLAIN_FIELD)


class _NotPlainError(Exception):
    """An annotation or class this module does not build: pydantic does."""


def model_schema(cls: type[DicomModel], handler: GetCoreSchemaHandler) -> CoreSchema | None:
    """The schema pydantic would build for ``cls``, or ``None`` when ``cls`` is not plain."""
    try:
        return _model_schema(cls, handler)
    except (_NotPlainError, AttributeError, ImportError, KeyError, TypeError):
        return None


def _model_schema(cls: type[DicomModel], handler: GetCoreSchemaHandler) -> CoreSchema:
    from pydantic._internal._config import ConfigWrapper
    from pydantic._internal._type_refs import model_type_ref

    if isinstance(cls.__dict__.get("__pydantic_core_schema__"), dict):
        raise _NotPlainError  # built already (not a mock): pydantic reuses it
    if not cls.__pydantic_fields_complete__ or cls.__pydantic_root_model__:
        raise _NotPlainError
    if cls.__pydantic_generic_metadata__.get("origin") is not None:
        raise _NotPlainError
    config = ConfigWrapper(cls.model_config, check=False)
    if config.json_encoders or getattr(cls, "__pydantic_extra_info__", None) is not None:
        raise _NotPlainError
    decorators = cls.__pydantic_decorators__
    others = (
        decorators.validators,
        decorators.field_validators,
        decorators.root_validators,
        decorators.field_serializers,
        decorators.model_serializers,
        decorators.computed_fields,
    )
    if any(others):
        raise _NotPlainError
    fields: dict[str, core_schema.ModelField] = {
        name: {"type": "model-field", "schema": _field_schema(info, handler, cls), "metadata": {}}
        for name, info in cls.__pydantic_fields__.items()
    }
    fields_schema = core_schema.model_fields_schema(
        fields, computed_fields=[], model_name=cls.__name__
    )

    def build(inner: CoreSchema) -> CoreSchema:
        return core_schema.model_schema(
            cls,
            inner,
            custom_init=getattr(cls, "__pydantic_custom_init__", None),
            root_model=False,
            post_init=getattr(cls, "__pydantic_post_init__", None),
            config=config.core_config(title=cls.__name__),
        )

    schema = _with_model_validators(fields_schema, build, cls)
    # The model's reference ends on the outermost schema (as apply_model_validators moves it).
    cast("dict[str, Any]", schema)["ref"] = model_type_ref(cls)
    return schema


def _with_model_validators(
    fields: CoreSchema, build: Callable[[CoreSchema], CoreSchema], cls: type[DicomModel]
) -> CoreSchema:
    """``build`` (the model schema) of ``fields`` with the class's model validators: the
    before ones around the fields, the others around the model, in the class's order
    (pydantic's ``apply_model_validators``, modes ``inner`` then ``outer``)."""
    from pydantic._internal._decorators import inspect_validator

    validators = list(cls.__pydantic_decorators__.model_validators.values())
    schema = fields
    for validator in validators:
        if validator.info.mode == "before":
            schema = _validator_schema(validator, schema, inspect_validator)
    schema = build(schema)
    for validator in validators:
        if validator.info.mode != "before":
            schema = _validator_schema(validator, schema, inspect_validator)
    return schema


def _validator_schema(validator: Any, schema: CoreSchema, inspect: Any) -> CoreSchema:
    mode = validator.info.mode
    info = inspect(validator.func, mode=mode, type="model")
    make = _VALIDATOR_FUNCTIONS[mode, bool(info)]
    result: CoreSchema = make(function=validator.func, schema=schema)
    return result


_VALIDATOR_FUNCTIONS: dict[tuple[str, bool], Callable[..., Any]] = {
    ("before", False): core_schema.no_info_before_validator_function,
    ("before", True): core_schema.with_info_before_validator_function,
    ("after", False): core_schema.no_info_after_validator_function,
    ("after", True): core_schema.with_info_after_validator_function,
    ("wrap", False): core_schema.no_info_wrap_validator_function,
    ("wrap", True): core_schema.with_info_wrap_validator_function,
}


def _field_schema(
    info: FieldInfo, handler: GetCoreSchemaHandler, owner: type[DicomModel]
) -> CoreSchema:
    """A field's schema: its annotation's, with its default (``_common_field_schema``)."""
    from dicomodel.model import Attribute

    if _plain_field_values(info) != _NONE:
        raise _NotPlainError
    # An Attribute leaves the schema as it is (model.Attribute); a VR's _Once is in the
    # metadata when the field's type is the VR alias itself (Annotated[vr.UI, ...] is
    # Annotated[str, _Once, Attribute]).
    vrs = [meta for meta in info.metadata if not isinstance(meta, Attribute)]
    if not vrs:
        schema = _annotation_schema(info.annotation, handler, owner)
    elif len(vrs) == 1 and isinstance(vrs[0], _Once):
        schema = vrs[0].shared_schema(info.annotation, handler)
    else:
        raise _NotPlainError
    if info.default is PydanticUndefined:
        return schema
    return {"type": "default", "schema": schema, "default": info.default}


def _annotation_schema(
    annotation: Any, handler: GetCoreSchemaHandler, owner: type[DicomModel]
) -> CoreSchema:
    """The schema of a generated field's type, as pydantic's ``generate_schema`` builds it;
    one per annotation (``vr.LO | None`` is one object: typing caches unions), unless it
    names a model class (which may be the one being built)."""
    schema = _SCHEMAS.get(annotation)
    if schema is None:
        schema, shared = _new_annotation_schema(annotation, handler, owner)
        if shared:
            _SCHEMAS[annotation] = schema
    return schema


def _new_annotation_schema(
    annotation: Any, handler: GetCoreSchemaHandler, owner: type[DicomModel]
) -> tuple[CoreSchema, bool]:
    """The schema and whether it may be shared by another class's fields."""
    from dicomodel.model import DicomModel, _item_schema  # pyright: ignore[reportPrivateUsage]

    if isinstance(annotation, Lazy):
        return annotation.core_schema(), True
    if isinstance(annotation, type) and issubclass(annotation, DicomModel):
        if annotation is owner:
            raise _NotPlainError  # a class in its own fields: a definition reference
        # An item class of the same file (an enhanced IOD's functional groups item):
        # DicomModel.__get_pydantic_core_schema__ gives its item schema, to which
        # pydantic adds the class's JSON schema function (generate_schema).
        schema = _item_schema(annotation)
        metadata = cast("dict[str, Any]", schema).setdefault("metadata", {})
        functions = metadata.setdefault("pydantic_js_functions", [])
        if annotation.__get_pydantic_json_schema__ not in functions:
            functions.append(annotation.__get_pydantic_json_schema__)
        return schema, False
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        base, *metadata_ = typing.get_args(annotation)
        if len(metadata_) != 1 or not isinstance(metadata_[0], _Once):
            raise _NotPlainError
        return metadata_[0].shared_schema(base, handler), True
    if origin is list:
        (item,) = typing.get_args(annotation)
        items, shared = _new_annotation_schema(item, handler, owner)
        return core_schema.list_schema(items), shared
    if origin in _UNIONS:
        members = typing.get_args(annotation)
        built = [_new_annotation_schema(m, handler, owner) for m in members if m is not _NONE_TYPE]
        choices = [schema for schema, _ in built]
        schema = choices[0] if len(choices) == 1 else core_schema.union_schema(list(choices))
        nullable = core_schema.nullable_schema(schema) if _NONE_TYPE in members else schema
        return nullable, all(shared for _, shared in built)
    raise _NotPlainError


# The schemas of the annotations met so far: each is built of shared schemas and shared
# itself (nothing changes a schema once built, see the module's docstring).
_SCHEMAS: dict[Any, CoreSchema] = {}
