"""Liveness and readiness check for load balancers and docker-compose."""

import logging

from django.db import DatabaseError, connection
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

logger = logging.getLogger(__name__)


class HealthView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        summary="Check that the API and its database answer",
        responses={
            200: OpenApiResponse(description='{"status": "ok"}'),
            503: OpenApiResponse(description="The database is unreachable."),
        },
    )
    def get(self, request):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError as exc:
            logger.error("health check failed: database error %s", exc)
            return Response(
                {
                    "detail": "The database does not answer; check DATABASE_URL "
                    "and that the database server is running.",
                    "code": "database_unavailable",
                },
                status=503,
            )
        return Response({"status": "ok"})
