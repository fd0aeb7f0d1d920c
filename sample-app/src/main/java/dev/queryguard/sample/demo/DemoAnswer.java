package dev.queryguard.sample.demo;

/** What the app answered a {@link DemoRequest}: its status and JSON body. */
public record DemoAnswer(int status, String body) {

    /** Whether the router has no route for the request: the endpoint is not in this build. */
    boolean noSuchRoute() {
        return status == 404 && body.contains("404 Route Not Found");
    }
}
