namespace Bowsprit.Forge.GraphQL;

/// <summary>The cross-type checks <see cref="GraphQLSchemaBuilder.Build"/> runs before it hands out a schema.</summary>
internal static class SchemaChecks
{
    public static void CheckType(SchemaType type, Dictionary<string, SchemaType> types, List<string> problems)
    {
        switch (type)
        {
            case UnionType union:
                if (union.Members.Count == 0)
                {
                    problems.Add($"Union '{union.Name}' has no members.");
                }

                foreach (var member in union.Members.Where(m => types.GetValueOrDefault(m) is not ObjectType))
                {
                    problems.Add($"Union '{union.Name}' member '{member}' is not a declared object type.");
                }

                break;
            case FieldsType fields:
                CheckFields(fields, types, problems);
                if (fields is ObjectType obj)
                {
                    CheckInterfaces(obj, types, problems);
                }

                break;
        }
    }

    /// <summary>
    /// Values of a union or interface find their object type by CLR type, so the possible types of
    /// one abstract type must be bound to different CLR types. Elsewhere sharing is fine.
    /// </summary>
    public static void CheckClrBindings(Dictionary<string, SchemaType> types, List<string> problems)
    {
        var objects = types.Values.OfType<ObjectType>().ToList();
        foreach (var type in types.Values)
        {
            var possible = type switch
            {
                UnionType union => objects.Where(o => union.Members.Contains(o.Name)),
                InterfaceType iface => objects.Where(o => o.Interfaces.Contains(iface.Name)),
                _ => [],
            };
            foreach (var clash in possible.GroupBy(o => o.ClrType).Where(g => g.Count() > 1))
            {
                problems.Add($"Types {string.Join(" and ", clash.Select(o => o.Name))} of '{type.Name}' are both bound to CLR type '{clash.Key.Name}', so its values cannot be told apart.");
            }
        }
    }

    public static void CheckDefaults(GraphQLSchema schema, IEnumerable<FieldsType> types, List<string> problems)
    {
        foreach (var type in types)
        {
            foreach (var field in type.Fields)
            {
                foreach (var argument in field.Arguments)
                {
                    if (argument.DefaultValue is { } value && !InputCoercion.IsValidLiteral(value, argument.Type, schema, onVariable: null))
                    {
                        problems.Add($"Argument '{type.Name}.{field.Name}({argument.Name}:)' has a default value that is not a {argument.Type}.");
                    }
                }
            }
        }
    }

    private static void CheckFields(FieldsType type, Dictionary<string, SchemaType> types, List<string> problems)
    {
        if (type.Fields.Count == 0)
        {
            problems.Add($"Type '{type.Name}' has no fields.");
        }

        foreach (var field in type.Fields)
        {
            if (!types.ContainsKey(field.Type.NamedType))
            {
                problems.Add($"Field '{type.Name}.{field.Name}' returns unknown type '{field.Type.NamedType}'.");
            }

            foreach (var argument in field.Arguments)
            {
                if (types.GetValueOrDefault(argument.Type.NamedType) is not { IsLeaf: true })
                {
                    problems.Add($"Argument '{type.Name}.{field.Name}({argument.Name}:)' has type '{argument.Type}', which is not a declared scalar or enum.");
                }
            }
        }
    }

    private static void CheckInterfaces(ObjectType type, Dictionary<string, SchemaType> types, List<string> problems)
    {
        foreach (var name in type.Interfaces)
        {
            if (types.GetValueOrDefault(name) is not InterfaceType iface)
            {
                problems.Add($"Type '{type.Name}' implements '{name}', which is not a declared interface.");
                continue;
            }

            foreach (var expected in iface.Fields)
            {
                var actual = type.FindField(expected.Name);
                if (actual is null)
                {
                    problems.Add($"Type '{type.Name}' must declare field '{expected.Name}' of interface '{iface.Name}'.");
                }
                else if (!IsValidImplementationType(actual.Type, expected.Type, types))
                {
                    problems.Add($"Field '{type.Name}.{expected.Name}' returns '{actual.Type}', which does not implement '{iface.Name}.{expected.Name}: {expected.Type}'.");
                }
                else if (expected.Arguments.Any(a => actual.FindArgument(a.Name)?.Type != a.Type))
                {
                    problems.Add($"Field '{type.Name}.{expected.Name}' must accept the arguments of '{iface.Name}.{expected.Name}'.");
                }
            }
        }
    }

    /// <summary>Spec's IsValidImplementationFieldType: the object may narrow nullability and the named type.</summary>
    private static bool IsValidImplementationType(TypeRef actual, TypeRef expected, Dictionary<string, SchemaType> types)
    {
        if (actual.IsNonNull)
        {
            return IsValidImplementationType(actual.OfType!, expected.Nullable, types);
        }

        if (expected.IsNonNull)
        {
            return false;
        }

        if (actual.Kind == TypeRefKind.List || expected.Kind == TypeRefKind.List)
        {
            return actual.Kind == expected.Kind && IsValidImplementationType(actual.OfType!, expected.OfType!, types);
        }

        if (actual.Name == expected.Name)
        {
            return true;
        }

        return types.GetValueOrDefault(actual.Name!) is ObjectType obj
            && types.GetValueOrDefault(expected.Name!) switch
            {
                UnionType union => union.Members.Contains(obj.Name),
                InterfaceType iface => obj.Interfaces.Contains(iface.Name),
                _ => false,
            };
    }
}
