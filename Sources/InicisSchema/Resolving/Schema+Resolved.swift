extension Schema {
    /// The schema as the emitters read it: what it leaves unsaid is filled in.
    ///
    /// The third stage of the pipeline, after loading (the model exactly as written) and checking
    /// (pure, on the written model); call it only on a schema the checker found no error in.
    /// Resolving a resolved schema changes nothing.
    ///
    /// - A field is `optional` on each platform that applies to it and that the schema leaves
    ///   unsaid. Which platforms apply is not written on the object: an object in an SDK request is
    ///   on `pc` and `mobile`, one in a REST body on `api`. Objects reached by both kinds (a checker
    ///   error) get all three; unreached objects keep only what is written.
    /// - A path parameter is `required` on `api` unless the schema says otherwise: a URL segment
    ///   cannot be left out.
    public func resolved() -> Schema {
        var resolved = self
        let reachability = ObjectReachability(self)
        resolved.objects = objects.map { object in
            object.fillingRequirements(.optional, on: reachability.platforms(of: object.id))
        }
        resolved.operations = operations.map { operation in
            var operation = operation
            operation.pathParameters = operation.pathParameters.map { $0.fillingRequirement(.required, on: .api) }
            return operation
        }
        return resolved
    }
}

private extension ObjectType {
    func fillingRequirements(_ requirement: PlatformRequirement, on platforms: Set<Platform>) -> ObjectType {
        var object = self
        object.fields = fields.map { field in
            platforms.reduce(field) { $0.fillingRequirement(requirement, on: $1) }
        }
        return object
    }
}

private extension Field {
    /// The field with `requirement` on `platform`, unless the schema gives one there.
    func fillingRequirement(_ requirement: PlatformRequirement, on platform: Platform) -> Field {
        guard requirements[platform] == nil else { return self }
        var field = self
        field.requirements.byPlatform[platform] = requirement
        return field
    }
}
