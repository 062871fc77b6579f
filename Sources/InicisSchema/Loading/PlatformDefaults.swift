/// Gives every field the requirement `optional` on each platform that applies to it and that
/// the schema leaves unsaid.
///
/// Which platforms apply is not written on the object: an object in an SDK request is on `pc`
/// and `mobile`, one in a REST body on `api`. Objects reached by both kinds (a checker error)
/// get all three; unreached objects keep only what is written.
enum PlatformDefaults {
    static func apply(to schema: inout Schema) {
        let reachability = ObjectReachability(schema)
        // A copy, assigned once: every change of `schema.objects` rebuilds its lookup index.
        var objects = schema.objects
        for index in objects.indices {
            let platforms = reachability.platforms(of: objects[index].id)
            for fieldIndex in objects[index].fields.indices {
                for platform in platforms where objects[index].fields[fieldIndex].requirements[platform] == nil {
                    objects[index].fields[fieldIndex].requirements.byPlatform[platform] = .optional
                }
            }
        }
        schema.objects = objects
    }
}
