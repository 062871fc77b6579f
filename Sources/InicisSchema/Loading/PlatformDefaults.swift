/// Gives every field the requirement `optional` on each platform that applies to it and that
/// the schema leaves unsaid.
///
/// Which platforms apply is not written on the object: an object in an SDK request is on `pc`
/// and `mobile`, one in a REST body on `api`. Objects reached by both kinds (a checker error)
/// get all three; unreached objects keep only what is written.
enum PlatformDefaults {
    /// Returns the reachability it used, which the checker needs too: filling in requirements
    /// does not change which operations reach which objects.
    @discardableResult
    static func apply(to schema: inout Schema) -> ObjectReachability {
        let reachability = ObjectReachability(schema)
        // Taken out of the schema, so that this is the only reference to the objects and their
        // fields and every change is made in place rather than on a copy; assigned back once,
        // since each assignment of `schema.objects` rebuilds its lookup index.
        var objects = schema.objects
        schema.objects = []
        for index in objects.indices {
            let platforms = reachability.platforms(of: objects[index].id)
            for fieldIndex in objects[index].fields.indices {
                for platform in platforms where objects[index].fields[fieldIndex].requirements[platform] == nil {
                    objects[index].fields[fieldIndex].requirements.byPlatform[platform] = .optional
                }
            }
        }
        schema.objects = objects
        return reachability
    }
}
